CACHED = True
