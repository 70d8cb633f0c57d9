def insert(tree, key):
    if tree is None:
        return [key, None, None]
    if key < tree[0]:
        tree[1] = insert(tree[1], key)
    elif key > tree[0]:
        tree[2] = insert(tree[2], key)
    return tree
def inorder(tree, out):
    if tree is not None:
        inorder(tree[1], out)
        out.append(tree[0])
        inorder(tree[2], out)
    return out
def height(tree):
    if tree is None:
        return 0
    return 1 + max(height(tree[1]), height(tree[2]))
def contains(tree, key):
    while tree is not None:
        if key == tree[0]:
            return True
        tree = tree[1] if key < tree[0] else tree[2]
    return False
root = None
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65, 10]:
    root = insert(root, k)
print(inorder(root, []), height(root), contains(root, 65), contains(root, 66))
print(root)
