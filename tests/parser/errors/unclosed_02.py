x = a[b c
