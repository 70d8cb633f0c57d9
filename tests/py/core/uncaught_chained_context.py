try:
    {}["missing"]
except KeyError:
    print("handling")
    undefined_function()
