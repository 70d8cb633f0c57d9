print(sep="", sep="-")
