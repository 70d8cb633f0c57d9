foo() += 1
