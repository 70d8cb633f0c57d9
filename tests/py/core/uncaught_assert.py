def validate(x):
    assert x >= 0, "negative input"
    return x

print(validate(1))
validate(-1)
