while 1:
	pass
        pass
