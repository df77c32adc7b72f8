import { expect, test } from 'vitest'
import { sha256Hex } from './sha256'

test.each([
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ['€ and ü (UTF-8)', '79b719236eabe6345da5d98152df0879c242803f98377d2ada6af5a136b53566'],
])('sha256(%j)', (input, expected) => {
  expect(sha256Hex(input.replace(' (UTF-8)', ''))).toBe(expected)
})

test('a message longer than one block', () => {
  expect(sha256Hex('a'.repeat(1000))).toBe('41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3')
})
