ret[rn types.UnionType
