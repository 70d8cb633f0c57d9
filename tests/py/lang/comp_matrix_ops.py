A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
T = [list(col) for col in zip(*A)]
P = [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
print(T, P)
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(I, [row[::-1] for row in I])
diag = [A[i][i] for i in range(min(len(A), len(A[0])))]
print(diag, [x for row in A for x in row if x % 2], {(i, j): A[i][j] for i in range(2) for j in range(3) if i == j})
