match "a" "b"
