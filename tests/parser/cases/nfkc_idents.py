ｗｉｄｔｈ = 1
ﬁle = 2
𝐱 = 3
µ = 4
ℌ = 5
print(width, file, x, μ, H)
