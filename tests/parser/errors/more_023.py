if True:
    pass
  elif x:
    pass
