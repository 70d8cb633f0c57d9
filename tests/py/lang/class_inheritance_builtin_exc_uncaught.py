class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(field + ": " + problem)
        self.field = field

class Form:
    def __init__(self, data):
        self.data = data
    def validate(self):
        if "email" not in self.data:
            raise ValidationError("email", "is required")

try:
    Form({}).validate()
except ValueError as e:
    print("caught as ValueError:", e, e.field)
Form({"name": "x"}).validate()
