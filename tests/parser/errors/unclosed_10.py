for e in[ it:
  pass
