s = 'a\
