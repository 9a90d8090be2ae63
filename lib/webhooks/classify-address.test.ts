import { describe, expect, it } from "vitest";
import { classifyAddress, isLocalHostName } from "./classify-address";

describe("classifyAddress", () => {
  it.each([
    ["127.0.0.1", "a loopback address"],
    ["127.255.0.9", "a loopback address"],
    ["10.1.2.3", "a private network address"],
    ["172.16.0.1", "a private network address"],
    ["172.31.255.255", "a private network address"],
    ["192.168.1.10", "a private network address"],
    ["169.254.169.254", "a link-local address"],
    ["100.64.0.1", "a carrier-grade NAT address"],
    ["100.127.255.254", "a carrier-grade NAT address"],
    ["0.0.0.0", "an unspecified address"],
    ["::1", "a loopback address"],
    ["[::1]", "a loopback address"],
    ["::", "an unspecified address"],
    ["fd12:3456::1", "a private network address"],
    ["fc00::1", "a private network address"],
    ["fe80::1%eth0", "a link-local address"],
    ["::ffff:127.0.0.1", "a loopback address"],
    ["::ffff:7f00:1", "a loopback address"],
    ["::ffff:10.0.0.1", "a private network address"],
    ["64:ff9b::a9fe:a9fe", "a link-local address"],
    ["224.0.0.1", "a multicast address"],
    ["example.com", "not an IP address"],
  ])("refuses %s as %s", (address, reason) => {
    expect(classifyAddress(address)).toBe(reason);
  });

  it.each(["93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "11.0.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])("accepts the public address %s", (address) => {
    expect(classifyAddress(address)).toBeNull();
  });
});

describe("isLocalHostName", () => {
  it("knows names that always mean the local machine or network", () => {
    expect(["localhost", "LOCALHOST.", "api.localhost", "printer.local", "db.internal"].map(isLocalHostName)).toEqual([true, true, true, true, true]);
    expect(["example.com", "localhost.example.com", "hooks.slack.com"].map(isLocalHostName)).toEqual([false, false, false]);
  });
});
