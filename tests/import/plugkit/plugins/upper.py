from plugkit import register

LOADS = [__name__]


@register("upper")
def run(text):
    return text.upper()
