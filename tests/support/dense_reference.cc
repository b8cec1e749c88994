// Dense reference implementations, being written.
