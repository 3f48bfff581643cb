# An uncaught custom exception whose __str__ formats its fields.
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
print("validating")
raise ValidationError("age", "must be positive")
