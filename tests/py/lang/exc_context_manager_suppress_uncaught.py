class Guard:
    def __enter__(self):
        print("guard on")
        return self
    def __exit__(self, et, ev, tb):
        print("guard off", et.__name__ if et else None)
        return False

def task():
    with Guard():
        data = {"a": 1}
        return data["b"]

task()
