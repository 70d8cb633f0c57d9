with a b:
 pass
