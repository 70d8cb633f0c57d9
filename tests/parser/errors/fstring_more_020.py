f'{x#y}'
