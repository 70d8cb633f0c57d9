while 1:
    try:
        while 1: pass
    except BaseException:
        pass
