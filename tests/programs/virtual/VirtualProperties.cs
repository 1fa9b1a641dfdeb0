using System;

class Employee
{
    protected long baseSalary;
    public Employee(long s) { baseSalary = s; }
    public virtual long Salary { get { return baseSalary; } }
    public virtual string Title { get { return "employee"; } }
    public override string ToString() { return Title + ":" + Salary; }
}
class Manager : Employee
{
    public int Reports;
    public Manager(long s, int r) : base(s) { Reports = r; }
    public override long Salary { get { return base.Salary + Reports * 1000; } }
    public override string Title { get { return "manager"; } }
}
class Director : Manager
{
    public Director(long s) : base(s, 10) { }
    public override long Salary { get { return base.Salary * 2; } }
    public override string Title { get { return "director"; } }
}

class VirtualProperties
{
    static void Main()
    {
        Employee[] staff = new Employee[] { new Employee(50000), new Manager(70000, 3), new Director(90000), new Manager(60000, 0) };
        long payroll = 0;
        for (int i = 0; i < staff.Length; i++) { Console.WriteLine(staff[i]); payroll += staff[i].Salary; }
        Console.WriteLine("payroll " + payroll);
        Manager m = (Manager)staff[2];
        m.Reports = 0;
        Console.WriteLine(m.Salary);
    }
}
