using System.Collections.Generic;

namespace System.ComponentModel.Design
{
    // Creates a service the first time a container is asked for it.
    public delegate object ServiceCreatorCallback(IServiceContainer container, Type serviceType);

    // A service provider that services can be added to and removed from.
    public interface IServiceContainer : IServiceProvider
    {
        void AddService(Type serviceType, object serviceInstance);
        void AddService(Type serviceType, object serviceInstance, bool promote);
        void AddService(Type serviceType, ServiceCreatorCallback callback);
        void AddService(Type serviceType, ServiceCreatorCallback callback, bool promote);
        void RemoveService(Type serviceType);
        void RemoveService(Type serviceType, bool promote);
    }

    // Services by type, each an instance or a callback that makes it on first request. A container with a parent
    // passes what it lacks to the parent, and "promote" adds or removes in the parent's container instead.
    public class ServiceContainer : IServiceContainer, IDisposable
    {
        private readonly IServiceProvider m_parentProvider;
        private Dictionary<Type, object> m_services;

        public ServiceContainer() { }
        public ServiceContainer(IServiceProvider parentProvider) { m_parentProvider = parentProvider; }

        private IServiceContainer Container
        {
            get { return m_parentProvider == null ? null : m_parentProvider.GetService(typeof(IServiceContainer)) as IServiceContainer; }
        }

        // The types GetService answers with the container itself.
        protected virtual Type[] DefaultServices { get { return new Type[] { typeof(IServiceContainer), typeof(ServiceContainer) }; } }

        private Dictionary<Type, object> Services
        {
            get { return m_services ?? (m_services = new Dictionary<Type, object>()); }
        }

        public void AddService(Type serviceType, object serviceInstance) { AddService(serviceType, serviceInstance, false); }

        public virtual void AddService(Type serviceType, object serviceInstance, bool promote)
        {
            if (promote && Container != null)
            {
                Container.AddService(serviceType, serviceInstance, promote);
                return;
            }
            if (serviceType == null) throw new ArgumentNullException("serviceType");
            if (serviceInstance == null) throw new ArgumentNullException("serviceInstance");
            if (!(serviceInstance is ServiceCreatorCallback) && !serviceType.IsInstanceOfType(serviceInstance))
                throw new ArgumentException("The service instance must derive from or implement " + serviceType.FullName + ".");
            Add(serviceType, serviceInstance);
        }

        public void AddService(Type serviceType, ServiceCreatorCallback callback) { AddService(serviceType, callback, false); }

        public virtual void AddService(Type serviceType, ServiceCreatorCallback callback, bool promote)
        {
            if (promote && Container != null)
            {
                Container.AddService(serviceType, callback, promote);
                return;
            }
            if (serviceType == null) throw new ArgumentNullException("serviceType");
            if (callback == null) throw new ArgumentNullException("callback");
            Add(serviceType, callback);
        }

        private void Add(Type serviceType, object service)
        {
            if (Services.ContainsKey(serviceType))
                throw new ArgumentException("The service " + serviceType.FullName + " already exists in the service container.", "serviceType");
            Services[serviceType] = service;
        }

        public virtual object GetService(Type serviceType)
        {
            object service = null;
            foreach (Type defaultService in DefaultServices)
            {
                if (serviceType != null && serviceType == defaultService)
                {
                    service = this;
                    break;
                }
            }
            if (service == null && serviceType != null && Services.TryGetValue(serviceType, out service))
            {
                ServiceCreatorCallback callback = service as ServiceCreatorCallback;
                if (callback != null)
                {
                    // The callback's product replaces it; one of the wrong type counts as no service.
                    service = callback(this, serviceType);
                    if (service != null && !serviceType.IsInstanceOfType(service)) service = null;
                    Services[serviceType] = service;
                }
            }
            if (service == null && m_parentProvider != null) service = m_parentProvider.GetService(serviceType);
            return service;
        }

        public void RemoveService(Type serviceType) { RemoveService(serviceType, false); }

        public virtual void RemoveService(Type serviceType, bool promote)
        {
            if (promote && Container != null)
            {
                Container.RemoveService(serviceType, promote);
                return;
            }
            if (serviceType == null) throw new ArgumentNullException("serviceType");
            Services.Remove(serviceType);
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        // Disposes the services it holds (not the ones a callback has yet to make) and forgets them all.
        protected virtual void Dispose(bool disposing)
        {
            if (!disposing) return;
            Dictionary<Type, object> services = m_services;
            m_services = null;
            if (services == null) return;
            foreach (object service in services.Values)
            {
                IDisposable disposable = service as IDisposable;
                if (disposable != null) disposable.Dispose();
            }
        }
    }
}
