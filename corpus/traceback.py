# An uncaught exception prints a traceback.
def divide(a, b):
    return a // b


def run():
    print("about to fail")
    return divide(1, 0)


run()
