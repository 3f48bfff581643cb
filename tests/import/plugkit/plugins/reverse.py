from .. import register
from . import upper


@register("reverse")
def run(text):
    return upper.run(text)[::-1]
