// The translation unit precis_test_pch needs to build the suites' precompiled header
// (tests/CMakeLists.txt); it adds no code of its own.
