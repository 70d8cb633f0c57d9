x = u'x' b'y'
