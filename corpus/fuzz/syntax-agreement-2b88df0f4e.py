if x0:
    x = 1 \
