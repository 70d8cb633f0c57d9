lambda x: (yield x)
