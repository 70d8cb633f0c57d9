rf'{x\n}'
