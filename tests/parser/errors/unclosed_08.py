def wraps(wra(ped,
    x = 1
