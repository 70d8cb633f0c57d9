f(x)(y)(
