# harness.t - the test tools themselves: tests/man-examples.sh runs,
# passes and fails examples as it should (its self test makes tiny pages).

=== man-examples.sh self test
$ sh tests/man-examples-test.sh
> selftest: 4 passed, 0 failed
!!
