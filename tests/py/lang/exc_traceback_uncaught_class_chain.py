class StorageError(Exception):
    pass

class Store:
    def __init__(self):
        self.data = {}

    def get(self, key):
        try:
            return self.data[key]
        except KeyError as e:
            raise StorageError("missing key " + repr(key)) from e

Store().get("user:1")
