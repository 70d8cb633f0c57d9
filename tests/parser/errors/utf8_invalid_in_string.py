# gilpy-expect: SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 7: invalid start byte (line 3, offset 1)
x = 1
y = 'Ã©ÿ'
