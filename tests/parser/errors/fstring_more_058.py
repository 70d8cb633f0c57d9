f'{not x}'
