# Strings: formatting with % and format(), concatenation, join, split, slicing and methods.


def run(n):
    check = 0
    for i in range(n):
        s = "%d:%s" % (i, "abc"[i % 3])
        t = "{}-{:04x}".format(s, i)
        parts = (t + "," + str(i * 7)).split(",")
        u = "/".join(parts).upper()
        check = (check * 31 + len(u) + ord(u[-1]) + u.find("-")) % 1000003
        if u.startswith("1"):
            check += len(u[1:4].replace("0", "zz"))
    return check


print(run(40000))
