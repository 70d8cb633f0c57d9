if a(tr in b:
  pass
