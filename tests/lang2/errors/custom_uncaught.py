# An uncaught custom exception prints its class name and message.
class ValidationError(Exception):
    pass
def validate(age):
    if age < 0:
        raise ValidationError("age must be non-negative, got " + str(age))
    return age
print(validate(3))
validate(-1)
