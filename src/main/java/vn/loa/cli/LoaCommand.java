package vn.loa.cli;
public class LoaCommand { public static void main(String[] a){ System.out.println("ok"); } }
