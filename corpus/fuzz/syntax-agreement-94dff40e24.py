x = ('a'

'b
y = f'{a
}' 'c
