f'{x!r:{y!s}}'
