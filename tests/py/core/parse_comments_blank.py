#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# A program that is mostly comments.


x = 1  # trailing comment
# comment between statements

    # indented comment line is fine
y = 2


if x:
    # comment inside block

    print(x + y)  # after call
# final comment without newline
