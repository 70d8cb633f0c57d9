print(f'{x!r:{y}')
