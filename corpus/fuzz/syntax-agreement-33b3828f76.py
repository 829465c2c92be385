def f(**k):
    print(sorted(k.items()))
f((a)=1, b=2)
f(x=1, ((y))=[3])
