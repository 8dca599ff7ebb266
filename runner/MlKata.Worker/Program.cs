using MlKata.Core.Engine.Isolation;

return WorkerLoop.Run(Console.In, Console.OpenStandardOutput());
