if x:
    pass
   
  y
