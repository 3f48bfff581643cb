from . import _note
_note(__name__)
def run():
    return "run called in " + __name__
if __name__ == "__main__":
    print("app.main run as script")
