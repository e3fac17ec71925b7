import { list, type Lists } from '../../urql/lists';
import { ConnectionsPage_Data } from './ConnectionsPage';

export const connectionLists: Lists = {
  Connection: [
    list(ConnectionsPage_Data, 'connections', { shows: (connection) => connection.status === 'ACCEPTED' }),
    list(ConnectionsPage_Data, 'incomingConnectionRequests', { shows: (connection, me) => connection.status === 'PENDING' && connection.requester?.id !== me }),
    list(ConnectionsPage_Data, 'outgoingConnectionRequests', { shows: (connection, me) => connection.status === 'PENDING' && connection.requester?.id === me }),
  ],
};
